#ifndef KACHESTVO_CTEXTWIDTH_H
#define KACHESTVO_CTEXTWIDTH_H
#include <wchar.h>
#include <locale.h>
/* glibc declares these only under _XOPEN_SOURCE; Swift's importer does not see them. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);
#endif
