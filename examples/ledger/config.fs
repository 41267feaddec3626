\ Settings chosen while the file loads: each [IF] ... [ELSE] ... [THEN] spans several lines.
1 CONSTANT DETAILED
DETAILED [IF]
  : .HEADER ( -- ) ." ledger (detailed)" CR ;
  : .SEPARATOR ( -- ) ." : " ;
[ELSE]
  : .HEADER ( -- ) ." ledger" CR ;
  : .SEPARATOR ( -- ) SPACE ;
[THEN]
[DEFINED] ALLOCATE 0= [IF]
  .( this ledger needs ALLOCATE ) CR
[THEN]
