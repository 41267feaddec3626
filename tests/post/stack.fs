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
