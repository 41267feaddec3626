\ Stock counts: one cell per item.
VARIABLE APPLES  0 APPLES !
VARIABLE PEARS   0 PEARS !
: ADD ( n addr -- ) +! ;
: REMOVE ( n addr -- ) SWAP NEGATE SWAP +! ;
INCLUDE report.fs   \ found beside this file, not in the working directory
