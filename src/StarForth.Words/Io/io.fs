\ POST: output
O{ 42 . }O" 42 "
O{ -7 . }O" -7 "
O{ -1 U. }O" 18446744073709551615 "
O{ 255 HEX . DECIMAL }O" FF "
O{ 8 OCTAL . DECIMAL }O" 10 "
O{ 65 EMIT }O" A"
O{ CR }O" \n"
O{ SPACE 3 SPACES 0 SPACES -2 SPACES }O"     "
: GREET ." Hello, world" ;
O{ GREET }O" Hello, world"
O{ S" typed" TYPE }O" typed"
O{ .( immediate) }O" immediate"
O{ 1 . ( comment ) 2 . }O" 1 2 "
O{ 3 . \ rest of the line is ignored
}O" 3 "
\ KEY and ?TERMINAL read scripted input (INPUT"), never the console
T{ INPUT" ab" KEY KEY KEY -> 97 98 10 }T
T{ ?TERMINAL -> 0 }T
T{ INPUT" xy" KEY ?TERMINAL KEY KEY ?TERMINAL -> 120 -1 121 10 0 }T
T{ INPUT" \n" KEY -> 10 }T
\ EMIT CR TYPE SPACE SPACES: edges and underflow
O{ 97 EMIT 98 EMIT 99 EMIT }O" abc"
O{ 321 EMIT -191 EMIT }O" AA"
O{ 10 EMIT 34 EMIT 92 EMIT }O" \n\"\\"
E{ EMIT }E -4
O{ CR CR 65 EMIT CR }O" \n\nA\n"
: IO-LINES 3 0 DO I . CR LOOP ;
O{ IO-LINES }O" 0 \n1 \n2 \n"
O{ S" abc" DROP 0 TYPE }O" "
E{ S" abc" DROP -1 TYPE }E -9
O{ S" abc" DROP 2 TYPE S" de" TYPE }O" abde"
E{ -1 3 TYPE }E -9
E{ 1 TYPE }E -4
O{ SPACE SPACE }O"   "
: IO-PAD SPACE 42 EMIT SPACE ;
O{ IO-PAD }O"  * "
O{ 5 SPACES 88 EMIT }O"      X"
O{ -9223372036854775808 SPACES 1 SPACES }O"  "
: IO-SPACES 0 DO I SPACES 124 EMIT LOOP ;
O{ 4 IO-SPACES }O" | |  |   |"
E{ SPACES }E -4
\ ." .( ( and \ in and out of definitions
: IO-Q1 ." a" ." " ." b" ;
O{ IO-Q1 }O" ab"
: IO-Q2 ." x y  z" CR ;
O{ IO-Q2 IO-Q2 }O" x y  z\nx y  z\n"
: IO-Q3 ." has ( parens ) and \ backslash" ;
O{ IO-Q3 }O" has ( parens ) and \\ backslash"
E{ ." interpreted" }E -14
O{ .( ) }O" "
O{ .( a b (c\) }O" a b (c\\"
O{ : IO-DP .( compiled) 7 ; }O" compiled"
T{ IO-DP -> 7 }T
O{ S" : IO-DP2 .( at compile time) ;" EVALUATE }O" at compile time"
O{ 1 . ( ) 2 . ( two words ) 3 . }O" 1 2 3 "
: IO-PAREN ( n -- n*2 ) ( a second comment ) 2* ;
T{ 21 IO-PAREN -> 42 }T
T{ S" 5 ( 6 ) 7" EVALUATE -> 5 7 }T
T{ S" 8 ( unterminated" EVALUATE -> 8 }T
: IO-BS 1 \ 2
  3 ;
T{ IO-BS -> 1 3 }T
T{ S" 4 \ 5 6" EVALUATE 9 -> 4 9 }T
T{ 1 2 \ 3 4 -> 1 2 }T
-> 1 2 }T
\ KEY ?TERMINAL edges
T{ INPUT" é" KEY KEY KEY -> 195 169 10 }T
T{ INPUT" a\nb" KEY KEY KEY KEY -> 97 10 98 10 }T
T{ INPUT" \"\\" KEY KEY -> 34 92 }T
T{ INPUT" q" ?TERMINAL KEY ?TERMINAL KEY ?TERMINAL -> 0 113 -1 10 0 }T
T{ INPUT" abc" INPUT" z" KEY KEY ?TERMINAL -> 122 10 0 }T
