\ POST: data stack words
T{ 1 2 DROP -> 1 }T
T{ 1 DUP -> 1 1 }T
T{ 0 ?DUP -> 0 }T
T{ 5 ?DUP -> 5 5 }T
T{ 1 2 SWAP -> 2 1 }T
T{ 1 2 OVER -> 1 2 1 }T
T{ 1 2 3 ROT -> 2 3 1 }T
T{ 1 2 3 -ROT -> 3 1 2 }T
T{ DEPTH -> 0 }T
T{ 7 8 DEPTH -> 7 8 2 }T
T{ 10 20 30 0 PICK -> 10 20 30 30 }T
T{ 10 20 30 2 PICK -> 10 20 30 10 }T
T{ 10 20 30 2 ROLL -> 20 30 10 }T
T{ 10 20 1 ROLL -> 20 10 }T
T{ 10 0 ROLL -> 10 }T
T{ 1 2 NIP -> 2 }T
T{ 1 2 TUCK -> 2 1 2 }T
T{ 1 2 3 4 2DROP -> 1 2 }T
T{ 1 2 2DUP -> 1 2 1 2 }T
T{ 1 2 3 4 2SWAP -> 3 4 1 2 }T
T{ 1 2 3 4 2OVER -> 1 2 3 4 1 2 }T
E{ DROP }E -4
E{ 1 SWAP }E -4
E{ 1 2 3 5 PICK }E -4
\ edge values and underflow for every stack word
T{ -1 DROP -> }T
E{ 1 2 DROP DROP DROP }E -4
T{ -9223372036854775808 DUP -> -9223372036854775808 -9223372036854775808 }T
E{ DUP }E -4
T{ -1 ?DUP -> -1 -1 }T
E{ ?DUP }E -4
T{ 0 -1 SWAP -> -1 0 }T
E{ SWAP }E -4
T{ -1 0 OVER -> -1 0 -1 }T
T{ 1 2 3 OVER -> 1 2 3 2 }T
E{ 1 OVER }E -4
E{ OVER }E -4
T{ 0 -1 9223372036854775807 ROT -> -1 9223372036854775807 0 }T
T{ 1 2 3 ROT ROT ROT -> 1 2 3 }T
E{ 1 2 ROT }E -4
T{ 0 -1 5 -ROT -> 5 0 -1 }T
T{ 1 2 3 -ROT ROT -> 1 2 3 }T
T{ 1 2 3 -ROT -ROT -ROT -> 1 2 3 }T
E{ 1 2 -ROT }E -4
E{ -ROT }E -4
: SK-DEEP ( n -- 0 .. n-1 ) 0 DO I LOOP ;
: SK-NIPS ( x*n x n -- x ) 0 DO NIP LOOP ;
: SK-DEPTH ( -- n ) 100 SK-DEEP DEPTH 100 SK-NIPS ;
T{ SK-DEPTH -> 100 }T
T{ 100 SK-DEEP 70 PICK 100 SK-NIPS -> 29 }T
T{ 100 SK-DEEP 50 ROLL 99 SK-NIPS -> 49 }T
T{ 3 SK-DEEP 2 SK-NIPS DEPTH -> 2 1 }T
T{ 1 2 3 4 3 PICK -> 1 2 3 4 1 }T
E{ -1 PICK }E -4
E{ 1 2 -1 PICK }E -4
T{ 1 2 3 4 3 ROLL -> 2 3 4 1 }T
E{ 1 2 2 ROLL }E -4
E{ 1 2 -1 ROLL }E -4
T{ 0 -1 NIP -> -1 }T
E{ 1 NIP }E -4
T{ 0 -1 TUCK -> -1 0 -1 }T
T{ 1 2 TUCK TUCK -> 2 2 1 2 }T
E{ 1 TUCK }E -4
E{ TUCK }E -4
T{ -1 0 2DUP = -> -1 0 0 }T
E{ 1 2DUP }E -4
E{ 1 2 3 2SWAP }E -4
T{ 1 2 3 4 2SWAP 2SWAP -> 1 2 3 4 }T
E{ 1 2 3 2OVER }E -4
T{ 1 2 3 4 2OVER 2OVER 2DROP 2DROP -> 1 2 3 4 }T
