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
\ WARM QUIT ABORT BYE (BYE cannot be caught: only its xt is tested)
E{ 1 2 3 WARM }E -56
T{ DEPTH BASE @ -> 0 10 }T
: SY-W ( -- ) 7 WARM 8 ;
E{ SY-W }E -56
T{ 3 SY-SQ -> 9 }T
E{ : SY-Q2 QUIT ; SY-Q2 }E -56
T{ ' QUIT 0> -> -1 }T
E{ 1 2 ABORT }E -1
: SY-AB ( -- ) 1 ABORT 2 ;
T{ ' SY-AB CATCH -> -1 }T
T{ ' BYE 0> ' BYE ' BYE = -> -1 -1 }T
T{ S" BYE" (FIND) NIP -> -1 }T
O{ SEE BYE }O" BYE is a primitive\n"
\ NOP 79-STANDARD PAGE
: SY-NOPS ( n -- n ) NOP NOP ;
T{ 3 SY-NOPS -> 3 }T
E{ NOP DROP }E -4
O{ 79-STANDARD DROP }O" FORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\n"
: SY-79 ( -- f ) 79-STANDARD ;
O{ SY-79 0= . }O" FORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\n-1 "
: SY-PG ( -- ) PAGE ;
O{ SY-PG SY-PG }O" [2J[H[2J[H"
O{ 79-STANDARD 79-STANDARD + . }O" FORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\nFORTH-79 Standard compliance: INACTIVE (ANS Forth-2012 semantics)\n0 "
\ WORDS VLIST SEE
: SY-NEW2 ;
O{ WORDS }O" SY-NEW2 SY-PG SY-79 SY-NOPS ..."
O{ VLIST }O" SY-NEW2 SY-PG SY-79 SY-NOPS ..."
O{ STARFORTH WORDS FORTH }O" ZUSE-AUTHENTICATE WAIT ..."
: SY-LOOP 1 0 DO I LOOP ;
O{ SEE SY-LOOP }O" : SY-LOOP 1 0 (DO) 4 I (LOOP) -2 ;\n"
: SY-UNT BEGIN 1 UNTIL ;
O{ SEE SY-UNT }O" : SY-UNT 1 (0BRANCH) -3 ;\n"
VARIABLE SY-VAR
O{ SEE SY-VAR }O" CREATE SY-VAR\n"
DEFER SY-DEF
O{ SEE SY-DEF }O" DEFER SY-DEF\n"
E{ SEE }E -16
\ ENVIRONMENT?
T{ S" max-n" ENVIRONMENT? -> 9223372036854775807 -1 }T
T{ S" MAX-D" ENVIRONMENT? -> -1 9223372036854775807 -1 }T
T{ S" MAX-CHAR" ENVIRONMENT? -> 255 -1 }T
T{ S" MAX-U" ENVIRONMENT? -> -1 -1 }T
T{ 0 0 ENVIRONMENT? -> 0 }T
T{ S" MAX-N " ENVIRONMENT? -> 0 }T
E{ -1 -1 ENVIRONMENT? }E -9
\ SAVE-SYSTEM and COLD again: COLD keeps what SAVE-SYSTEM saved
T{ SAVE-SYSTEM DEPTH -> 0 }T
: SY-GONE3 ;
E{ 1 2 COLD }E -56
E{ SY-GONE3 }E -13
T{ DEPTH ' SY-KEEP 0> -> 0 -1 }T
E{ SAVE-SYSTEM DROP }E -4
\ ENVIRONMENT? word-set queries: whole sets true, sets present in part false, others unknown
T{ S" DOUBLE" ENVIRONMENT? -> -1 -1 }T
T{ S" string-ext" ENVIRONMENT? -> -1 -1 }T
T{ S" TOOLS-EXT" ENVIRONMENT? -> 0 -1 }T
