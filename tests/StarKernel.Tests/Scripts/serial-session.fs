\ Typed into the kernel's serial REPL and piped into hosted starforth: the outputs must match.
: SQUARE ( n -- n*n ) DUP * ;
: SQUARES ( n -- ) 1+ 1 DO I SQUARE . LOOP ;
5 SQUARES CR
VARIABLE TOTAL  0 TOTAL !
: ADD-UP ( n -- ) 1+ 1 DO I TOTAL +! LOOP ;
10 ADD-UP TOTAL @ . CR
: STARS ( n -- ) 0 ?DO 42 EMIT LOOP ;
3 STARS SPACE 0 STARS 5 STARS CR
: COUNTDOWN ( n -- ) BEGIN DUP . 1- DUP 0= UNTIL DROP ;
5 COUNTDOWN CR
1 2 NO-SUCH-WORD 3
DEPTH . CR
10 0 /
: GREET ." hello from " ." Forth" CR ;
GREET
255 HEX . DECIMAL 255 . CR
7 3 /MOD . . CR
-7 ABS . 2 3 SWAP - . CR
BYE
." not reached"
