\ POST: FACILITY and FACILITY EXT
\ AT-XY: ANSI cursor position, row then column, from 1
O{ 0 0 AT-XY }O" [1;1H"
O{ 5 2 AT-XY }O" [3;6H"
E{ -1 0 AT-XY }E -24
E{ 1 AT-XY }E -4
\ KEY? EKEY EKEY? EKEY>CHAR EMIT? read scripted input, never the console
T{ INPUT" a" KEY? EKEY KEY? -> 0 97 -1 }T
T{ INPUT" xy" EKEY EKEY? EKEY EKEY EKEY? -> 120 -1 121 10 0 }T
T{ INPUT" b" EKEY EKEY>CHAR -> 98 -1 }T
T{ 300 EKEY>CHAR -> 300 0 }T
E{ EKEY>CHAR }E -4
T{ INPUT" q" KEY KEY? KEY KEY? -> 113 -1 10 0 }T
T{ INPUT" q" EKEY? KEY EKEY? -> 0 113 -1 }T
T{ EMIT? -> -1 }T
T{ EMIT? EMIT? AND -> -1 }T
\ MS waits on the machine clock (0 MS here: the xunit host's clock stands still)
T{ 0 MS 7 -> 7 }T
E{ -1 MS }E -24
E{ MS }E -4
\ TIME&DATE: six plausible numbers (the parity date in parity mode)
T{ TIME&DATE 1999 > SWAP 1 13 WITHIN AND NIP NIP NIP NIP -> -1 }T
T{ TIME&DATE 2DROP 2DROP 60 U< SWAP 60 U< AND -> -1 }T
\ structures
BEGIN-STRUCTURE FC-POINT
  FIELD: FC-X
  FIELD: FC-Y
  CFIELD: FC-TAG
  2 CELLS +FIELD FC-PAIR
END-STRUCTURE
T{ FC-POINT -> 33 }T
T{ 100 FC-X 100 FC-Y 100 FC-TAG 100 FC-PAIR -> 100 108 116 117 }T
T{ 0 3 +FIELD FC-A 2 +FIELD FC-B -> 5 }T
T{ 10 FC-A 10 FC-B -> 10 13 }T
T{ 1 FIELD: FC-C -> 16 }T
T{ 5 CFIELD: FC-D 1 FC-D -> 6 6 }T
E{ 1 +FIELD FC-E }E -4
E{ FC-X }E -4
E{ 0 FIELD: }E -16
E{ CFIELD: }E -4
BEGIN-STRUCTURE FC-EMPTY END-STRUCTURE
T{ FC-EMPTY -> 0 }T
T{ BEGIN-STRUCTURE FC-ONE CFIELD: FC-ONE-B END-STRUCTURE FC-ONE -> 1 }T
E{ BEGIN-STRUCTURE }E -16
E{ 1 END-STRUCTURE }E -4
