#ifndef KACHESTVO_CNCURSESW_H
#define KACHESTVO_CNCURSESW_H

/* Must precede curses.h, in this header: Swift's importer sees no cSettings defines. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Globals that Swift 6 rejects as "not concurrency-safe": read them through functions. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *nc_stdin(void) { return stdin; }
static inline FILE *nc_stdout(void) { return stdout; }
static inline int nc_errno(void) { return errno; }
static inline void nc_clear_errno(void) { errno = 0; }
/* CODESET is an enum constant Swift imports as Int, not nl_item. */
static inline const char *nc_locale_codeset(void) { return nl_langinfo(CODESET); }

/* Attribute macros are built from NCURSES_BITS and do not import. */
static inline attr_t nc_wa_normal(void) { return WA_NORMAL; }
static inline attr_t nc_wa_bold(void) { return WA_BOLD; }
static inline attr_t nc_wa_dim(void) { return WA_DIM; }
static inline attr_t nc_wa_italic(void) { return WA_ITALIC; }
static inline attr_t nc_wa_underline(void) { return WA_UNDERLINE; }
static inline attr_t nc_wa_reverse(void) { return WA_REVERSE; }

static inline int nc_key_f(int n) { return KEY_F(n); }

/* Pair numbers above 32767 only fit through the opts pointer of setcchar. */
static inline int nc_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, 0, &pair);
}

/* True when the terminal can move the cursor to any cell ("cup" is a string capability). */
static inline int nc_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/*
 * Installs `handler` with sigaction and no SA_RESTART, so a blocking read returns EINTR when the signal
 * arrives. (glibc's signal() sets SA_RESTART and the read would never return.) The handler's state must
 * live in Swift: a static variable in this header is not one variable once Swift imports it.
 */
/* A parent may start us with signals blocked (test runners, some launchers); the terminal needs
   resize, hang-up, stop and job-control signals delivered, so unblock them on this thread. */
static inline int nc_unblock_terminal_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static inline int nc_install_signal_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, NULL);
}

#endif
