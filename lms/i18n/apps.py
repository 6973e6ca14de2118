from django.apps import AppConfig


class I18nConfig(AppConfig):
    name = "lms.i18n"
    label = "pv_i18n"
    verbose_name = "Porte-voix languages"
