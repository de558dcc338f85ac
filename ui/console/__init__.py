"""The coordinator console behind the PIN: the day's numbers, sync, hand-over, enrolment,
withdrawal, day's end and settings, one module per page."""
