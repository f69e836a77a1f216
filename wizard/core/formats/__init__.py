"""Settings files that other programs read: Apple profiles, autoconfig XML, Outlook's
PRF, and the printable sheet's content."""
