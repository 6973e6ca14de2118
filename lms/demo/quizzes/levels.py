"""Quiz settings of the demo workshops, by level: the harder the level, the fewer and the
more spaced the attempts, and the later the correct answers are shown."""

_COMMON = {
    "time_limit_minutes": None,
    "shuffle_questions": False,
    "shuffle_options": True,
    "grading_method": "highest",
    "review_show": "correct",
}

_BY_LEVEL = {
    "beginner": {
        "pass_mark": 70,
        "attempts_allowed": 0,
        "delay_minutes": 0,
        "review_when": "always",
    },
    "intermediate": {
        "pass_mark": 75,
        "attempts_allowed": 3,
        "delay_minutes": 10,
        "review_when": "always",
    },
    "expert": {
        "pass_mark": 80,
        "attempts_allowed": 3,
        "delay_minutes": 60,
        "review_when": "passed",
    },
}


def quiz_settings(level: str) -> dict:
    return {**_COMMON, **_BY_LEVEL[level]}
