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
