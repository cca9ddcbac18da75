"""Printable reports (ReportLab PDF) and their Excel twins (openpyxl).

`common` holds what every report shares: the A4 page, the office letterhead, Indonesian
table styles, the footer with page numbers and the verification code with its QR code,
the head's signature block and atomic file writing. Each report module gathers its data
into a plain dataclass first, so the PDF, the Excel file and the verification code all
come from the same values.
"""
