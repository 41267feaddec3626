\ POST: number formatting and pictured numeric output
O{ 42 5 .R }O"    42"
O{ -42 5 .R }O"   -42"
O{ 12345 2 .R }O" 12345"
O{ 255 4 HEX .R DECIMAL }O"   FF"
E{ 1 .R }E -4
O{ 42 5 U.R }O"    42"
O{ -1 1 U.R }O" 18446744073709551615"
O{ 0 0 U.R }O" 0"
E{ 1 U.R }E -4
O{ 12 0 D. }O" 12 "
O{ -12 -1 D. }O" -12 "
O{ 0 1 D. }O" 18446744073709551616 "
O{ -1 -1 D. }O" -1 "
E{ 1 D. }E -4
O{ 7 0 4 D.R }O"    7"
O{ -7 -1 4 D.R }O"   -7"
O{ 0 1 HEX 3 D.R DECIMAL }O" 10000000000000000"
E{ 1 2 D.R }E -4
O{ .S }O" <0> "
O{ 1 -2 3 .S 2DROP DROP }O" <3> 1 -2 3 "
O{ 5 6 .S 2DROP }O" <2> 5 6 "
VARIABLE FV1 77 FV1 !
O{ FV1 ? }O" 77 "
O{ -3 FV1 ! FV1 ? }O" -3 "
E{ -8 ? }E -9
E{ ? }E -4
T{ 0 0 <# #> NIP -> 0 }T
T{ 123 0 <# #S #> S" 123" COMPARE -> 0 }T
T{ 0 0 <# #S #> S" 0" COMPARE -> 0 }T
T{ 255 0 HEX <# #S #> DECIMAL S" FF" COMPARE -> 0 }T
T{ 5 0 2 BASE ! <# #S #> DECIMAL S" 101" COMPARE -> 0 }T
T{ 0 1 <# #S #> S" 18446744073709551616" COMPARE -> 0 }T
T{ 123 0 <# # #> NIP -> 1 }T
T{ 123 0 <# # # # # #> S" 0123" COMPARE -> 0 }T
T{ 123 0 <# # 2DROP -> }T
T{ 1234 0 <# # # -> 12 0 }T
E{ 1 0 <# 1 BASE ! # }E -24
DECIMAL
E{ 1 0 <# 37 BASE ! #S }E -24
DECIMAL
T{ 5 0 <# #S CHAR $ HOLD #> S" $5" COMPARE -> 0 }T
T{ 0 0 <# CHAR a HOLD CHAR b HOLD #> S" ba" COMPARE -> 0 }T
T{ -5 DUP ABS 0 <# #S ROT SIGN #> S" -5" COMPARE -> 0 }T
T{ 5 DUP ABS 0 <# #S ROT SIGN #> S" 5" COMPARE -> 0 }T
T{ 7 0 <# #S S" USD " HOLDS #> S" USD 7" COMPARE -> 0 }T
T{ 0 0 <# S" " HOLDS #> NIP -> 0 }T
: FHOLDS 0 0 <# 300 0 DO 65 HOLD LOOP ;
E{ FHOLDS }E -17
E{ HOLD }E -4
E{ SIGN }E -4
CREATE FDUMP 65 C, 66 C, 0 C, 126 C,
O{ BASE 8 DUMP }O" 00000010: 0A 00 00 00 00 00 00 00                          ........\n"
T{ FDUMP 0 DUMP -> }T
E{ -1 16 DUMP }E -9
