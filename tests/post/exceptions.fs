\ POST: CATCH and THROW
: X1 1 2 3 7 THROW ;
T{ 9 ' X1 CATCH -> 9 7 }T
: X2 4 ;
T{ ' X2 CATCH -> 4 0 }T
T{ 0 THROW -> }T
: X3 ['] X1 CATCH 100 + ;
T{ X3 -> 107 }T
: X4 ( -- ) -2 THROW ;
: X5 ['] X4 CATCH ;
T{ X5 -> -2 }T
: X6 ABORT" boom" ;

T{ S" 1 0 /" ' EVALUATE CATCH NIP NIP -> -10 }T
E{ ABORT }E -1
E{ 5 THROW }E 5
