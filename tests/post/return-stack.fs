\ POST: return stack words
: RS1 ( x -- x x ) >R R@ R> ;
T{ 9 RS1 -> 9 9 }T
: RS2 ( a b -- b a ) >R >R R> R> ;
T{ 1 2 RS2 -> 1 2 }T
: RS3 ( a b -- a b ) >R >R R> R> SWAP ;
T{ 1 2 RS3 -> 2 1 }T
E{ : RS-UNDER R> DROP R> ; RS-UNDER }E -6
