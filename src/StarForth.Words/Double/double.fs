\ POST: double-cell numbers (low cell below, high cell on top)
T{ 5 S>D -> 5 0 }T
T{ -5 S>D -> -5 -1 }T
T{ 0 S>D -> 0 0 }T
E{ S>D }E -4
T{ 1 0 2 0 D+ -> 3 0 }T
T{ -1 0 1 0 D+ -> 0 1 }T
T{ -1 -1 1 0 D+ -> 0 0 }T
E{ 1 2 3 D+ }E -4
T{ 5 0 7 0 D- -> -2 -1 }T
T{ 0 1 1 0 D- -> -1 0 }T
T{ 1 0 DNEGATE -> -1 -1 }T
T{ 0 1 DNEGATE -> 0 -1 }T
T{ 0 0 DNEGATE -> 0 0 }T
T{ -5 -1 DABS -> 5 0 }T
T{ 5 0 DABS -> 5 0 }T
T{ 1 0 2 0 DMAX -> 2 0 }T
T{ -1 -1 1 0 DMAX -> 1 0 }T
T{ 1 0 2 0 DMIN -> 1 0 }T
T{ 0 1 -1 0 DMIN -> -1 0 }T
T{ 1 0 2 0 D< -> -1 }T
T{ -1 -1 0 0 D< -> -1 }T
T{ 0 1 -1 0 D< -> 0 }T
T{ 2 0 2 0 D< -> 0 }T
T{ 1 0 -1 -1 DU< -> -1 }T
T{ -1 -1 1 0 DU< -> 0 }T
T{ -1 0 0 1 DU< -> -1 }T
T{ 7 8 7 8 D= -> -1 }T
T{ 7 8 7 9 D= -> 0 }T
T{ 0 0 D0= -> -1 }T
T{ 0 1 D0= -> 0 }T
T{ 1 -1 D0< -> -1 }T
T{ -1 0 D0< -> 0 }T
T{ 1 0 D2* -> 2 0 }T
T{ -9223372036854775808 0 D2* -> 0 1 }T
T{ -1 -1 D2* -> -2 -1 }T
T{ 2 0 D2/ -> 1 0 }T
T{ 0 1 D2/ -> -9223372036854775808 0 }T
T{ -2 -1 D2/ -> -1 -1 }T
T{ 1 2 2DROP -> }T
E{ 1 2DROP }E -4
T{ 1 2 2DUP -> 1 2 1 2 }T
T{ 1 2 3 4 2SWAP -> 3 4 1 2 }T
T{ 1 2 3 4 2OVER -> 1 2 3 4 1 2 }T
T{ 1 2 3 4 5 6 2ROT -> 3 4 5 6 1 2 }T
E{ 1 2 3 4 5 2ROT }E -4
: DB1 ( x1 x2 -- x1 x2 ) 2>R 2R@ 2R> ;
T{ 1 2 DB1 -> 1 2 1 2 }T
: DB2 ( -- x ) 5 6 2>R R> R> ;
T{ DB2 -> 6 5 }T
E{ : DB3 2R> ; DB3 }E -6
E{ 1 2>R }E -4
T{ 1 2 2CONSTANT DC1 DC1 -> 1 2 }T
T{ -1 0 2CONSTANT DC2 DC2 DNEGATE -> 1 -1 }T
E{ 1 2CONSTANT DC3 }E -4
2VARIABLE DV1
T{ DV1 2@ -> 0 0 }T
T{ 3 4 DV1 2! DV1 2@ -> 3 4 }T
T{ DV1 CELL+ CELL+ HERE = -> -1 }T
CREATE DCOMMA 7 8 2,
T{ DCOMMA 2@ -> 7 8 }T
T{ DCOMMA @ -> 8 }T
\ more double-cell edges and underflow
T{ -9223372036854775808 S>D 9223372036854775807 S>D -> -9223372036854775808 -1 9223372036854775807 0 }T
T{ -1 9223372036854775807 1 0 D+ -> 0 -9223372036854775808 }T
E{ D+ }E -4
T{ 0 -9223372036854775808 1 0 D- -> -1 9223372036854775807 }T
T{ 7 0 7 0 D- -> 0 0 }T
E{ 1 2 3 D- }E -4
T{ -1 -1 DNEGATE -> 1 0 }T
T{ 0 -9223372036854775808 DNEGATE -> 0 -9223372036854775808 }T
E{ 1 DNEGATE }E -4
T{ 0 0 DABS 0 -1 DABS -> 0 0 0 1 }T
T{ 0 -9223372036854775808 DABS -> 0 -9223372036854775808 }T
E{ 1 DABS }E -4
T{ 0 -9223372036854775808 -1 9223372036854775807 DMAX -> -1 9223372036854775807 }T
T{ 3 0 3 0 DMAX -> 3 0 }T
E{ 1 2 3 DMAX }E -4
T{ 0 -9223372036854775808 -1 9223372036854775807 DMIN -> 0 -9223372036854775808 }T
T{ -1 -1 -2 -1 DMIN -> -2 -1 }T
E{ 1 2 3 DMIN }E -4
T{ 0 -9223372036854775808 -1 9223372036854775807 D< -> -1 }T
T{ -1 9223372036854775807 0 -9223372036854775808 D< -> 0 }T
E{ 1 2 3 D< }E -4
T{ 0 0 0 0 DU< -> 0 }T
T{ 0 1 -1 0 DU< -> 0 }T
E{ 1 2 3 DU< }E -4
T{ 0 0 0 0 D= -> -1 }T
T{ 1 0 0 1 D= -> 0 }T
T{ -1 -1 -1 0 D= -> 0 }T
E{ 1 2 3 D= }E -4
T{ 1 0 D0= -1 -1 D0= -> 0 0 }T
E{ 1 D0= }E -4
T{ 0 0 D0< 0 -9223372036854775808 D0< -> 0 -1 }T
T{ -1 9223372036854775807 D0< -> 0 }T
E{ 1 D0< }E -4
T{ 0 0 D2* -> 0 0 }T
T{ 0 -9223372036854775808 D2* -> 0 0 }T
E{ 1 D2* }E -4
T{ 1 0 D2/ -1 -1 D2/ -> 0 0 -1 -1 }T
T{ 0 -9223372036854775808 D2/ -> 0 -4611686018427387904 }T
E{ 1 D2/ }E -4
E{ 2DROP }E -4
T{ -1 0 2DUP -> -1 0 -1 0 }T
E{ 2DUP }E -4
E{ 1 2 3 2SWAP }E -4
E{ 1 2 3 2OVER }E -4
T{ 1 2 3 4 5 6 2ROT 2ROT 2ROT -> 1 2 3 4 5 6 }T
E{ 2ROT }E -4
: DB4 ( d -- d d ) 2>R 2R@ 2R@ 2R> 2DROP ;
T{ -1 0 DB4 -> -1 0 -1 0 }T
: DB5 ( a b c d -- c d a b ) 2>R 2>R 2R> 2R> 2SWAP ;
T{ 1 2 3 4 DB5 -> 3 4 1 2 }T
: DB6 ( -- a b ) 3 >R 4 >R 2R> ;
T{ DB6 -> 3 4 }T
E{ : DB7 2R@ ; DB7 }E -6
E{ : DB8 2>R ; DB8 }E -4
E{ 1 2 ' 2>R CATCH THROW }E -25
T{ 0 -9223372036854775808 2CONSTANT DC4 DC4 DNEGATE -> 0 -9223372036854775808 }T
E{ 2CONSTANT DC5 }E -4
2VARIABLE DV2
T{ -1 -2 DV2 2! DV2 2@ -> -1 -2 }T
T{ DV2 @ DV2 CELL+ @ -> -2 -1 }T
T{ 5 DV2 ! DV2 2@ -> -1 5 }T
T{ 2VARIABLE DV3 DV3 2@ DV1 DV3 = -> 0 0 0 }T
E{ DV2 2! }E -4
\ double-number literals, 2LITERAL 2VALUE D>S M*/
T{ 1. -> 1 0 }T
T{ -1. -> -1 -1 }T
T{ 1.5 -> 15 0 }T
T{ 18446744073709551616. -> 0 1 }T
: DB3 [ 7 8 ] 2LITERAL ;
T{ DB3 -> 7 8 }T
E{ 1 2 2LITERAL }E -14
1 2 2VALUE DB-V
T{ DB-V -> 1 2 }T
T{ 3 4 TO DB-V DB-V -> 3 4 }T
: DB4 TO DB-V ;
T{ 5 6 DB4 DB-V -> 5 6 }T
E{ 1 2VALUE DB-W }E -4
T{ 9 8 2VALUE DB-X DB-X -> 9 8 }T
T{ 5 0 D>S -> 5 }T
T{ -5 -1 D>S -> -5 }T
E{ D>S }E -4
T{ 5. 7 11 M*/ -> 3. }T
T{ 5. -7 11 M*/ -> -3. }T
T{ -5. 7 11 M*/ -> -3. }T
T{ -5. -7 11 M*/ -> 3. }T
E{ 1. 1 0 M*/ }E -10
E{ -1 9223372036854775807 4 1 M*/ }E -11
