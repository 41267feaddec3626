\ POST: LOCALS and LOCALS EXT, +TO
: LO1 {: a b :} a b - ;
T{ 10 3 LO1 -> 7 }T
: LO2 {: a b | c -- d :} a b + TO c c c * ;
T{ 1 2 LO2 -> 9 }T
: LO3 {: a | c :} c a ;
T{ 5 LO3 -> 0 5 }T
: LO4 LOCALS| a b | a b - ;
T{ 10 3 LO4 -> -7 }T
: LO5 {: n :} 0 n 0 DO I n * + LOOP ;
T{ 5 LO5 -> 50 }T
: LO6 {: a :} 3 0 DO 2 0 DO a I J + + LOOP LOOP ;
T{ 100 LO6 -> 100 101 101 102 102 103 }T
: LO7 {: n :} n 1 < IF 1 EXIT THEN n 1- RECURSE n * ;
T{ 10 LO7 -> 3628800 }T
T{ 0 LO7 -> 1 }T
: LO8 {: x :} 5 +TO x x ;
T{ 7 LO8 -> 12 }T
: LO9 {: x :} x >R R> x + ;
T{ 4 LO9 -> 8 }T
: LO10 {: x :} x 0= IF 1 THROW THEN x ;
: LO11 {: y :} ['] LO10 CATCH y ;
T{ 0 9 LO11 ROT DROP -> 1 9 }T
T{ 3 9 LO11 -> 3 0 9 }T
: DUP {: x :} x x x ;
T{ 3 DUP -> 3 3 3 }T
FORGET DUP
T{ 3 DUP -> 3 3 }T
: LO-Z S" zz" (LOCAL) S" yy" (LOCAL) 0 0 (LOCAL) ; IMMEDIATE
: LO12 LO-Z zz yy - ;
T{ 10 3 LO12 -> -7 }T
: LO13 {: v :} CREATE v , DOES> {: addr :} addr @ 1+ ;
42 LO13 LO14
T{ LO14 -> 43 }T
: LO15 {: a b :} a b ;
T{ 1 2 LO15 3 4 LO15 -> 1 2 3 4 }T
E{ 1 LO15 }E -4
E{ {: a :} }E -14
E{ S" a" (LOCAL) }E -14
E{ : LO16 {: a :} {: b :} ; }E -264
E{ : LO17 1 IF {: a :} THEN ; }E -264
E{ : LO18 {: a b c d e f g h i j k l m n o p q r s t u v w x y z a1 b1 c1 d1 e1 f1 g1 :} ; }E -264
E{ : LO19 {: a }E -264
E{ : LO20 LOCALS| a }E -264
: LO21 {: a b c d e f g h i j k l m n o p q r s t u v w x y z a1 b1 c1 d1 e1 f1 :} f1 a ;
T{ 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 LO21 -> 32 1 }T
: LO22 {: a b c d e f g h i j k l m n o p q r s t u v w x y z :} a 1- DUP 0> IF 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 RECURSE THEN ;
E{ 1000 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 LO22 }E -263
T{ 1 2 LO1 -> -1 }T
10 VALUE LO-V
T{ 5 +TO LO-V LO-V -> 15 }T
: LO23 -3 +TO LO-V ;
T{ LO23 LO-V -> 12 }T
E{ 5 +TO LO1 }E -32
E{ +TO }E -16
