"""The core's validation messages in the signer's language (context ``validation``).

The English texts are the core's own (``kiosk.validation.MESSAGES``); a test keeps the two
lists equal. Each call is written out so that lupdate finds every string.
"""

from PySide6.QtCore import QCoreApplication


def _messages() -> dict[str, str]:

    return {
        "required": QCoreApplication.translate("validation", "Please fill this in."),
        "control": QCoreApplication.translate(
            "validation", "This contains characters that cannot be used."
        ),
        "too_long": QCoreApplication.translate("validation", "This is too long."),
        "formula": QCoreApplication.translate("validation", "This cannot start with =, +, - or @."),
        "characters": QCoreApplication.translate(
            "validation", "Please use only letters, digits, spaces and the marks ' - . , ( )."
        ),
        "no_letters": QCoreApplication.translate("validation", "Please use letters."),
        "phone": QCoreApplication.translate(
            "validation", "Please enter a phone number of 7 to 15 digits."
        ),
        "email": QCoreApplication.translate(
            "validation", "Please enter an email address like name@example.az."
        ),
        "contact_needed": QCoreApplication.translate(
            "validation", "Please give a phone number or an email address for updates."
        ),
        "contact_without_optin": QCoreApplication.translate(
            "validation", "Contact details are kept only if you ask for updates."
        ),
        "birth_year": QCoreApplication.translate(
            "validation", "Please enter a year of birth of four digits."
        ),
        "age_required": QCoreApplication.translate(
            "validation", "Please confirm that you are old enough to sign."
        ),
        "for_self_required": QCoreApplication.translate(
            "validation", "Please confirm that you sign only for yourself."
        ),
        "consent_required": QCoreApplication.translate(
            "validation", "Please agree to how your data is used, or you cannot sign."
        ),
        "too_little_ink": QCoreApplication.translate("validation", "Please sign a little larger."),
        "bad_strokes": QCoreApplication.translate(
            "validation", "The drawing could not be read. Please clear it and sign again."
        ),
        "method": QCoreApplication.translate("validation", "Please choose how to sign."),
        "volunteer_code": QCoreApplication.translate(
            "validation", "The volunteer code is 3 to 12 letters or digits."
        ),
        "locale": QCoreApplication.translate(
            "validation", "This language is not offered for this petition."
        ),
        "typed_confirm": QCoreApplication.translate(
            "validation", "Please tick the box to confirm that this is your signature."
        ),
        "assist_reason": QCoreApplication.translate(
            "validation", "Please choose why a volunteer is helping."
        ),
        "place": QCoreApplication.translate(
            "validation", "Please choose the place again from the list."
        ),
        "tell_apart": QCoreApplication.translate(
            "validation",
            "Please add your father's name or your year of birth, so we can tell you apart.",
        ),
    }


def message_for(code: str) -> str:
    """The message for a validation code, in the current language."""
    return _messages()[code]


def missing_for(field: str) -> str | None:
    """What to enter, for a box left empty: the GOV.UK way, naming the box ("Enter your
    surname"), not a general "fill this in" that leaves two boxes to guess between."""
    translate = QCoreApplication.translate
    return {
        "given_name": translate("validation", "Enter your given name."),
        "surname": translate("validation", "Enter your surname."),
        "settlement": translate("validation", "Enter your village or town."),
        "typed_name": translate("validation", "Enter your full name."),
        "volunteer_code": translate("validation", "Enter the volunteer's code."),
        "volunteer_pin": translate("validation", "Enter the volunteer PIN."),
    }.get(field)
