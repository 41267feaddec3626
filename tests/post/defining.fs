\ POST: defining words and compilation state
: D1 ( -- n ) 17 ;
T{ D1 -> 17 }T
5 CONSTANT FIVE
T{ FIVE -> 5 }T
VARIABLE D2
T{ D2 @ -> 0 }T
CREATE D3 1 , 2 , 3 ,
T{ D3 2 CELLS + @ -> 3 }T
: MAKE-ADDER ( n "name" -- ) CREATE , DOES> @ + ;
10 MAKE-ADDER ADD10
T{ 5 ADD10 -> 15 }T
: D4 [ 3 4 + ] LITERAL ;
T{ D4 -> 7 }T
: D5 STATE @ ; IMMEDIATE
T{ D5 -> 0 }T
: D6 D5 LITERAL ;
T{ D6 -> -1 }T
T{ ' D1 EXECUTE -> 17 }T
: D7 ['] D1 ;
T{ D7 EXECUTE -> 17 }T
T{ : D8 ; -> }T
E{ ' NO-SUCH-WORD }E -13
E{ : }E -16
