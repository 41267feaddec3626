\ POST: branches, loops and calls
: C1 ( f -- n ) IF 1 ELSE 2 THEN ;
T{ -1 C1 0 C1 -> 1 2 }T
: C2 ( n -- n' ) BEGIN DUP 10 < WHILE 3 + REPEAT ;
T{ 1 C2 -> 10 }T
: C3 ( n -- ) BEGIN 1- DUP 0= UNTIL ;
T{ 5 C3 -> 0 }T
: C4 ( -- 0..4 ) 5 0 DO I LOOP ;
T{ C4 -> 0 1 2 3 4 }T
: C5 ( -- ) 0 0 ?DO I LOOP ;
T{ C5 -> }T
: C6 ( -- sum ) 0 10 0 DO I + 3 +LOOP ;
T{ C6 -> 18 }T
: C7 ( -- n ) 0 -5 0 DO 1+ -1 +LOOP ;
T{ C7 -> 6 }T
: C8 ( -- i ) 100 0 DO I 7 = IF I LEAVE THEN LOOP ;
T{ C8 -> 7 }T
: C9 ( -- ij ) 3 1 DO 3 1 DO J 10 * I + LOOP LOOP ;
T{ C9 -> 11 12 21 22 }T
: C10 ( -- x ) 10 0 DO I 4 = IF I UNLOOP EXIT THEN LOOP 99 ;
T{ C10 -> 4 }T
: C11 ( n -- n! ) DUP 1 > IF DUP 1- RECURSE * THEN ;
T{ 10 C11 -> 3628800 }T
T{ 3 ' DUP EXECUTE -> 3 3 }T
: C12 ['] 1+ EXECUTE ;
T{ 4 C12 -> 5 }T
: C13 0 BEGIN 1+ DUP 3 = IF EXIT THEN AGAIN ;
T{ C13 -> 3 }T
E{ IF }E -14
E{ : C-BAD THEN ; }E -22
E{ : C-BAD2 BEGIN LOOP ; }E -22
E{ : C-BAD3 IF ; }E -22
E{ : C-DEEP RECURSE ; C-DEEP }E -5
: CS1 ( n -- m ) CASE 1 OF 10 ENDOF 2 OF 20 ENDOF 99 SWAP ENDCASE ;
T{ 1 CS1 2 CS1 3 CS1 -> 10 20 99 }T
: CS2 ( n -- ) CASE ENDCASE ;
T{ 5 CS2 -> }T
: CS3 ( n -- m ) CASE 0 OF 100 ENDOF DUP ENDCASE ;
T{ 0 CS3 7 CS3 -> 100 7 }T
E{ CASE }E -14
E{ : CS-BAD OF ; }E -22
E{ : CS-BAD2 CASE 1 ENDOF ; }E -22
E{ : CS-BAD3 1 ENDCASE ; }E -22
E{ : CS-BAD4 CASE 1 OF ENDCASE ; }E -22
