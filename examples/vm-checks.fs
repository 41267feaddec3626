\ Checks of the VM written in Forth, run through starforth: T{ inputs -> expected results }T.

VARIABLE START-DEPTH   VARIABLE ACTUAL-DEPTH
VARIABLE PASSED        VARIABLE FAILED
CREATE ACTUAL-RESULTS 64 CELLS ALLOT

: T{  ( -- )  DEPTH START-DEPTH ! ;
: ->  ( i*x -- )  DEPTH START-DEPTH @ -  DUP ACTUAL-DEPTH !  0 ?DO ACTUAL-RESULTS I CELLS + ! LOOP ;
: CLEAR-TO-START  ( i*x -- )  BEGIN DEPTH START-DEPTH @ > WHILE DROP REPEAT ;
: FAIL  ( -- )  1 FAILED +!  ." check failed" CR  CLEAR-TO-START ;
: }T  ( i*x -- )
    DEPTH START-DEPTH @ -  ACTUAL-DEPTH @ <>  IF FAIL EXIT THEN
    ACTUAL-DEPTH @ 0 ?DO
        ACTUAL-RESULTS I CELLS + @ <>  IF FAIL UNLOOP EXIT THEN
    LOOP
    1 PASSED +! ;

T{ 1 2 + -> 3 }T
T{ 7 2 / -> 3 }T
T{ -7 2 / -> -3 }T
T{ -7 2 MOD -> -1 }T
T{ 1 2 3 ROT -> 2 3 1 }T
T{ 1 2 OVER -> 1 2 1 }T
T{ 10 20 30 2 PICK -> 10 20 30 10 }T
T{ 1 2 < -> TRUE }T
T{ -1 1 U< -> FALSE }T
T{ 5 0 10 WITHIN -> -1 }T
T{ 1000000 1000000 1000 */ -> 1000000000 }T
T{ : T1 10 0 DO I LOOP ; T1 -> 0 1 2 3 4 5 6 7 8 9 }T
T{ : T2 0 10 0 DO I + 2 +LOOP ; T2 -> 20 }T
T{ : T3 0 -10 0 DO 1+ -1 +LOOP ; T3 -> 11 }T
T{ : T4 0 BEGIN 1+ DUP 5 = UNTIL ; T4 -> 5 }T
T{ : T5 DUP IF DROP 1 ELSE DROP 2 THEN ; 7 T5 0 T5 -> 1 2 }T
T{ : T6 ['] DUP EXECUTE ; 4 T6 -> 4 4 }T
T{ : T7 1 THROW ; ' T7 CATCH -> 1 }T
T{ : T8 2 ; ' T8 CATCH -> 2 0 }T
T{ : T9 20 0 DO I 5 = IF I LEAVE THEN LOOP ; T9 -> 5 }T
T{ : T10 CREATE , DOES> @ 2* ; 21 T10 FORTY-TWO FORTY-TWO -> 42 }T

.( vm-checks: ) PASSED @ . .( passed, ) FAILED @ . .( failed) CR
: VERDICT ( -- )  FAILED @ 0<> ABORT" some checks failed" ;
VERDICT
