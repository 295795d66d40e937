// KachestvoApp
