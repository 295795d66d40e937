#ifndef KACHESTVO_CPSEUDOTERMINAL_H
#define KACHESTVO_CPSEUDOTERMINAL_H
#include <stdlib.h>
/* glibc declares these only under _XOPEN_SOURCE; Swift's importer does not see them. The benchmark
   runs the dashboard on a pseudo-terminal with them. */
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);
#endif
