\ Nested DO loops: 10^8 inner iterations.
: LOOPS ( -- sum )  0  10000 0 DO  10000 0 DO  I +  LOOP  LOOP ;
LOOPS . CR
BYE
