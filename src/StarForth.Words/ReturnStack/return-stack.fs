\ POST: return stack words
: RS1 ( x -- x x ) >R R@ R> ;
T{ 9 RS1 -> 9 9 }T
: RS2 ( a b -- b a ) >R >R R> R> ;
T{ 1 2 RS2 -> 1 2 }T
: RS3 ( a b -- a b ) >R >R R> R> SWAP ;
T{ 1 2 RS3 -> 2 1 }T
E{ : RS-UNDER R> DROP R> ; RS-UNDER }E -6
\ >R R> R@ with edge values, nesting, loops and misuse
: RS4 ( x -- x ) >R R> ;
T{ -9223372036854775808 RS4 -> -9223372036854775808 }T
T{ 0 RS4 -1 RS4 -> 0 -1 }T
: RS5 ( a b c -- c b a ) >R >R >R R> R> R> ;
T{ 1 2 3 RS5 -> 1 2 3 }T
: RS6 ( x -- x x x ) >R R@ R@ R> ;
T{ 7 RS6 -> 7 7 7 }T
: RS7 ( a b -- b a+b ) >R R@ + R> SWAP ;
T{ 3 4 RS7 -> 4 7 }T
: RS8 ( x -- x' ) >R R@ 1+ R> DROP ;
T{ -1 RS8 -> 0 }T
: RS9 ( x -- x ) RS4 RS4 RS4 ;
T{ 42 RS9 -> 42 }T
: RS10 ( x -- x*3 ) >R 0 3 BEGIN SWAP R@ + SWAP 1- DUP 0= UNTIL DROP R> DROP ;
T{ 5 RS10 -> 15 }T
: RS11 ( n -- sum ) 0 SWAP 0 DO I >R R@ + R> DROP LOOP ;
T{ 5 RS11 -> 10 }T
: RS12 ( -- flag ) 1 >R R@ 1 = R> DROP ;
T{ RS12 -> -1 }T
E{ : RS-NOARG >R ; RS-NOARG }E -4
E{ : RS-EMPTY R> ; RS-EMPTY }E -6
E{ : RS-PEEK R@ DROP R> DROP R> DROP R@ ; RS-PEEK }E -6
T{ 5 ' >R CATCH -> 5 -25 }T
E{ 6 ' >R CATCH THROW }E -25
: RS-LEAK ( x -- ) >R ;
E{ -1 RS-LEAK }E -9
T{ 1 ' RS4 CATCH -> 1 0 }T
