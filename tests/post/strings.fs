\ POST: strings and characters
T{ S" abc" SWAP DROP -> 3 }T
T{ S" abc" DROP C@ -> 97 }T
: ST1 S" hello" ;
T{ ST1 NIP -> 5 }T
T{ CHAR A -> 65 }T
: ST2 [CHAR] z ;
T{ ST2 -> 122 }T
T{ S" 1 2 +" EVALUATE -> 3 }T
T{ S" : ST3 9 ; ST3" EVALUATE -> 9 }T
