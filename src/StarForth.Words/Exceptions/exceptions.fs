\ POST: CATCH and THROW
: X1 1 2 3 7 THROW ;
T{ 9 ' X1 CATCH -> 9 7 }T
: X2 4 ;
T{ ' X2 CATCH -> 4 0 }T
T{ 0 THROW -> }T
: X3 ['] X1 CATCH 100 + ;
T{ X3 -> 107 }T
: X4 ( -- ) -2 THROW ;
: X5 ['] X4 CATCH ;
T{ X5 -> -2 }T
: X6 ABORT" boom" ;
T{ -1 ' X6 CATCH NIP -> -2 }T
T{ 0 ' X6 CATCH -> 0 }T
T{ S" 1 0 /" ' EVALUATE CATCH NIP NIP -> -10 }T
E{ ABORT }E -1
E{ 5 THROW }E 5
\ ABORT" ABORT and nested CATCH
E{ -1 X6 }E -2
O{ 0 X6 }O" "
E{ ABORT" x" }E -14
: XA1 ( f -- n ) ABORT" never" 5 ;
T{ 0 XA1 -> 5 }T
E{ 3 XA1 }E -2
E{ XA1 }E -4
: XA2 ( -- ) 7 8 ABORT ;
T{ 6 ' XA2 CATCH -> 6 -1 }T
T{ ' ABORT CATCH -> -1 }T
: XA3 ( -- n ) ['] XA2 CATCH ;
T{ XA3 -> -1 }T
\ CATCH and THROW edges
T{ 1 2 ' + CATCH -> 3 0 }T
T{ 5 ' DROP CATCH -> 0 }T
T{ -1 ' THROW CATCH NIP -> -1 }T
T{ 0 ' THROW CATCH -> 0 }T
T{ 1 ' 0= CATCH -> 0 0 }T
E{ CATCH }E -4
E{ THROW }E -4
E{ -1 CATCH }E -9
E{ -4095 THROW }E -4095
E{ 1000 THROW }E 1000
: XT1 ( -- ) 1 2 3 -3 THROW ;
: XT2 ( -- n ) ['] XT1 CATCH ['] XT1 CATCH + ;
T{ XT2 -> -6 }T
: XT3 ( n -- ) DUP IF THROW THEN DROP ;
: XT4 ( n -- n' ) ['] XT3 CATCH ;
T{ 0 XT4 -> 0 }T
T{ 9 XT4 -> 9 9 }T
: XT5 ( -- n ) ['] XT4 CATCH ;
T{ -5 XT5 -> -5 -5 0 }T
: XT6 ( -- ) -12 THROW ;
: XT7 ( -- code ) ['] XT6 CATCH DUP THROW ;
E{ XT7 }E -12
T{ ' XT7 CATCH -> -12 }T
: XT8 ( n -- ) 0 DO I 3 = IF I THROW THEN LOOP ;
T{ 10 ' XT8 CATCH NIP -> 3 }T
T{ 2 ' XT8 CATCH -> 0 }T
T{ S" 5 NO-SUCH-WORD-X" ' EVALUATE CATCH NIP NIP -> -13 }T
T{ DEPTH -> 0 }T
\ THROW keeps all 64 bits of its code
T{ 4294967296 ' THROW CATCH NIP -> 4294967296 }T
T{ 4294967295 ' THROW CATCH NIP -> 4294967295 }T
E{ -9223372036854775808 THROW }E -9223372036854775808
