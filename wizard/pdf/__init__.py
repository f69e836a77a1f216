"""Documents drawn with QtGui (no widgets): the printable settings sheet."""
