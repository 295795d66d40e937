// KachestvoStore
