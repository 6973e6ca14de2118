"""Language follows the person (issue 17): the address of a page in another language, the
switcher's view and the middleware that keeps a signed-in person in their profile's language."""
