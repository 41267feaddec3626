\ Bubble sort of 6000 cells filled in descending order; prints the first and last cell and a checksum.
6000 CONSTANT ITEMS
CREATE BUBBLE-DATA ITEMS CELLS ALLOT
: CELL-AT ( i -- addr )  CELLS BUBBLE-DATA + ;
: FILL-DESCENDING ( -- )  ITEMS 0 DO  ITEMS I - I CELL-AT !  LOOP ;
: BUBBLE-SORT ( -- )
    ITEMS 1 DO
        ITEMS I - 0 DO
            I CELL-AT @  I 1+ CELL-AT @  2DUP > IF
                I CELL-AT !  I 1+ CELL-AT !
            ELSE 2DROP THEN
        LOOP
    LOOP ;
: BUBBLE-SUM ( -- n )  0  ITEMS 0 DO  I CELL-AT @ I * +  LOOP ;
FILL-DESCENDING BUBBLE-SORT  0 CELL-AT @ .  ITEMS 1- CELL-AT @ .  BUBBLE-SUM . CR
BYE
