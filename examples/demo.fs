\ A tour of StarForth.NET: definitions, control flow, data, CATCH and THROW.

: SQUARE ( n -- n*n )  DUP * ;
: CUBE   ( n -- n^3 )  DUP SQUARE * ;
: POWERS ( -- )  5 0 DO I SQUARE . I CUBE . LOOP ;
.( Squares and cubes: ) POWERS CR

: FIB ( n -- fib )  DUP 2 < IF EXIT THEN  DUP 1- RECURSE  SWAP 2 - RECURSE + ;
: FIBS ( n -- )  0 DO I FIB . LOOP ;
.( The first Fibonacci numbers: ) 15 FIBS CR

: GCD ( a b -- gcd )  BEGIN DUP WHILE TUCK MOD REPEAT DROP ;
.( gcd of 1071 and 462: ) 1071 462 GCD . CR

\ CREATE ... DOES> makes defining words.
: COUNTER ( "name" -- )  CREATE 0 ,  DOES> ( -- n ) DUP @ 1+ DUP ROT ! ;
COUNTER TICKS
.( A counter: ) TICKS . TICKS . TICKS . CR

VARIABLE TOTAL
: SUM-TO ( n -- )  0 TOTAL !  1+ 1 ?DO I TOTAL +! LOOP ;
.( 1 + 2 + ... + 100 = ) 100 SUM-TO TOTAL @ . CR

.( 255 in hex: ) 255 HEX . DECIMAL CR
.( -1 as an unsigned cell: ) -1 U. CR

\ Errors are THROW codes that CATCH can take.
: SAFE-DIVIDE ( a b -- q | 0 )  ['] / CATCH IF 2DROP 0 ." [division by zero caught] " THEN ;
.( 84 / 2 = ) 84 2 SAFE-DIVIDE . CR
.( 1 / 0 = ) 1 0 SAFE-DIVIDE . CR

: GREETING ( -- )  ." Hello from StarForth.NET" CR ;
GREETING
