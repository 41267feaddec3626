\ POST: system words. COLD is tested first, while this file has defined nothing it could forget.
E{ 1 2 COLD }E -56
T{ DEPTH -> 0 }T
E{ HEX 1 WARM }E -56
T{ BASE @ -> 10 }T
E{ QUIT }E -56
: SY-QUIT ( -- ) 1 QUIT 2 ;
E{ SY-QUIT }E -56
T{ NOP -> }T
T{ 1 NOP -> 1 }T
O{ 79-STANDARD . }O" FORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\n0 "
: SY-NEWEST ;
O{ WORDS }O" SY-NEWEST SY-QUIT ..."
O{ VLIST }O" SY-NEWEST SY-QUIT ..."
' SY-NEWEST HIDDEN
O{ WORDS }O" SY-QUIT ..."
O{ VLIST }O" SY-QUIT ..."
O{ PAGE }O" [2J[H"
O{ 1 PAGE PAGE DROP }O" [2J[H[2J[H"
: SY-SQ ( n -- n2 ) DUP * ;
O{ SEE SY-SQ }O" : SY-SQ DUP * ;\n"
: SY-LIT 42 -1 S" hi" TYPE ; IMMEDIATE
O{ SEE SY-LIT }O" : SY-LIT 42 -1 S\" hi\" TYPE ; IMMEDIATE\n"
: SY-IF IF 1 ELSE 2 THEN ;
O{ SEE SY-IF }O" : SY-IF (0BRANCH) 5 1 (BRANCH) 3 2 ;\n"
7 CONSTANT SY-C
O{ SEE SY-C }O" 7 CONSTANT SY-C\n"
5 VALUE SY-V
O{ SEE SY-V }O" 5 VALUE SY-V\n"
CREATE SY-CR
O{ SEE SY-CR }O" CREATE SY-CR\n"
O{ SEE DUP }O" DUP is a primitive\n"
O{ SEE IF }O" IF is a primitive IMMEDIATE\n"
: SY-DOES CREATE , DOES> @ 1+ ;
9 SY-DOES SY-D
O{ SEE SY-D }O" CREATE SY-D DOES> @ 1+ ;\n"
E{ SEE NO-SUCH-SY }E -13
T{ S" /COUNTED-STRING" ENVIRONMENT? -> 255 -1 }T
T{ S" ADDRESS-UNIT-BITS" ENVIRONMENT? -> 8 -1 }T
T{ S" MAX-N" ENVIRONMENT? -> 9223372036854775807 -1 }T
T{ S" MAX-UD" ENVIRONMENT? -> -1 -1 -1 }T
T{ S" floored" ENVIRONMENT? -> 0 -1 }T
T{ S" NO-SUCH-QUERY" ENVIRONMENT? -> 0 }T
E{ 1 ENVIRONMENT? }E -4
: SY-KEEP ;
SAVE-SYSTEM
: SY-GONE ;
E{ COLD }E -56
E{ SY-GONE }E -13
T{ ' SY-KEEP ' SY-QUIT > -> -1 }T
