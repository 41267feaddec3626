\ POST: files. Only what needs no file: the fam values, the iors of bad file ids and missing files, stack underflow
\ (the Cli tests use real files; the kernel test includes files from its RAM file system).
T{ R/O -> 1 }T
T{ W/O -> 2 }T
T{ R/W -> 3 }T
T{ R/O W/O OR -> R/W }T
T{ R/O BIN -> 5 }T
T{ R/W BIN BIN -> 7 }T
E{ BIN }E -4
T{ R/O R/W <> W/O R/W <> -> -1 -1 }T
T{ S" no-such-file.fs" R/O OPEN-FILE -> 0 -38 }T
T{ S" no-such-file.fs" 0 OPEN-FILE -> 0 -24 }T
E{ 1 2 OPEN-FILE }E -4
T{ S" no-such-file.fs" 16 CREATE-FILE -> 0 -24 }T
E{ 1 2 CREATE-FILE }E -4
T{ 0 CLOSE-FILE -> -37 }T
T{ 99 CLOSE-FILE -> -37 }T
E{ CLOSE-FILE }E -4
T{ S" no-such-file.fs" DELETE-FILE -> -38 }T
E{ 1 DELETE-FILE }E -4
T{ S" no-such-file.fs" S" no-such-file-2.fs" RENAME-FILE -> -38 }T
E{ 1 2 3 RENAME-FILE }E -4
T{ PAD 10 0 READ-FILE -> 0 -37 }T
T{ PAD 10 -5 READ-FILE -> 0 -37 }T
E{ 1 2 READ-FILE }E -4
T{ PAD 10 0 READ-LINE -> 0 0 -37 }T
T{ PAD 10 17 READ-LINE -> 0 0 -37 }T
E{ 1 2 READ-LINE }E -4
T{ PAD 1 0 WRITE-FILE -> -37 }T
E{ 1 2 WRITE-FILE }E -4
T{ PAD 1 0 WRITE-LINE -> -37 }T
E{ 1 2 WRITE-LINE }E -4
T{ 0 FILE-POSITION -> 0 0 -37 }T
E{ FILE-POSITION }E -4
T{ 0 0 0 REPOSITION-FILE -> -37 }T
E{ 1 2 REPOSITION-FILE }E -4
T{ 0 FILE-SIZE -> 0 0 -37 }T
E{ FILE-SIZE }E -4
T{ 0 0 0 RESIZE-FILE -> -37 }T
E{ 1 2 RESIZE-FILE }E -4
T{ S" no-such-file.fs" FILE-STATUS NIP -> -38 }T
E{ 1 FILE-STATUS }E -4
T{ 0 FLUSH-FILE -> -37 }T
E{ FLUSH-FILE }E -4
E{ 0 INCLUDE-FILE }E -37
E{ INCLUDE-FILE }E -4
E{ S" no-such-file.fs" INCLUDED }E -38
E{ S" " INCLUDED }E -16
E{ INCLUDE no-such-file.fs }E -38
E{ INCLUDE }E -16
E{ S" no-such-file.fs" REQUIRED }E -38
E{ S" " REQUIRED }E -16
E{ REQUIRE no-such-file.fs }E -38
E{ REQUIRE }E -16
