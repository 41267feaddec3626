\ POST: output
O{ 42 . }O" 42 "
O{ -7 . }O" -7 "
O{ -1 U. }O" 18446744073709551615 "
O{ 255 HEX . DECIMAL }O" FF "
O{ 8 OCTAL . DECIMAL }O" 10 "
O{ 65 EMIT }O" A"
O{ CR }O" \n"
O{ SPACE 3 SPACES 0 SPACES -2 SPACES }O"     "
: GREET ." Hello, world" ;
O{ GREET }O" Hello, world"
O{ S" typed" TYPE }O" typed"
O{ .( immediate) }O" immediate"
O{ 1 . ( comment ) 2 . }O" 1 2 "
O{ 3 . \ rest of the line is ignored
}O" 3 "
\ KEY and ?TERMINAL read scripted input (INPUT"), never the console
T{ INPUT" ab" KEY KEY KEY -> 97 98 10 }T
T{ ?TERMINAL -> 0 }T
T{ INPUT" xy" KEY ?TERMINAL KEY KEY ?TERMINAL -> 120 -1 121 10 0 }T
T{ INPUT" \n" KEY -> 10 }T
