"""The delivery PDF: the petition, how it was signed, the count, and every signer with their
signature, on A4 pages drawn by Qt (QPdfWriter, QPainter, QTextDocument; no browser)."""
