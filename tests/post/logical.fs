\ POST: logic and comparisons (true is -1)
T{ 12 10 AND -> 8 }T
T{ 12 10 OR -> 14 }T
T{ 12 10 XOR -> 6 }T
T{ 5 NOT -> -6 }T
T{ 0 INVERT -> -1 }T
T{ 1 4 LSHIFT -> 16 }T
T{ -1 60 RSHIFT -> 15 }T
T{ 1 64 LSHIFT -> 0 }T
T{ 0 0= -> TRUE }T
T{ 5 0= -> FALSE }T
T{ -5 0< -> TRUE }T
T{ 5 0> -> TRUE }T
T{ 5 0<> -> TRUE }T
T{ 3 3 = -> TRUE }T
T{ 3 4 <> -> TRUE }T
T{ 3 4 < -> TRUE }T
T{ 4 3 > -> TRUE }T
T{ -1 1 U< -> FALSE }T
T{ -1 1 U> -> TRUE }T
T{ 5 0 10 WITHIN -> TRUE }T
T{ 10 0 10 WITHIN -> FALSE }T
T{ -1 -5 5 WITHIN -> TRUE }T
T{ TRUE FALSE -> -1 0 }T
