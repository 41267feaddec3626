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
\ . U. at the limits, in other bases, and with a bad BASE
O{ 0 . -9223372036854775808 . }O" 0 -9223372036854775808 "
O{ -1 HEX . DECIMAL }O" -1 "
E{ . }E -4
O{ 0 U. -9223372036854775808 U. }O" 0 9223372036854775808 "
O{ -1 HEX U. DECIMAL }O" FFFFFFFFFFFFFFFF "
E{ U. }E -4
O{ 5 -3 .R 5 0 .R -5 1 .R }O" 55-5"
O{ 5 3 37 BASE ! ' .R CATCH DECIMAL . 2DROP }O" -24 "
O{ 5 -1 U.R 255 4 HEX U.R DECIMAL }O" 5  FF"
O{ 5 3 37 BASE ! ' U.R CATCH DECIMAL . 2DROP }O" -24 "
O{ 0 0 D. 0 -9223372036854775808 D. }O" 0 -170141183460469231731687303715884105728 "
O{ -1 -1 HEX D. DECIMAL }O" -1 "
O{ 0 0 0 D.R -1 -1 -2 D.R }O" 0-1"
O{ 5 0 3 37 BASE ! ' D.R CATCH DECIMAL . 2DROP DROP }O" -24 "
E{ 1 D.R }E -4
O{ -1 HEX .S DECIMAL DROP }O" <1> -1 "
O{ 1 2 3 4 5 6 7 8 9 10 .S 2DROP 2DROP 2DROP 2DROP 2DROP }O" <10> 1 2 3 4 5 6 7 8 9 10 "
O{ 0 FV1 ! FV1 ? -9223372036854775808 FV1 ! FV1 ? }O" 0 -9223372036854775808 "
O{ 255 FV1 ! FV1 HEX ? DECIMAL }O" FF "
\ BASE DECIMAL HEX OCTAL
T{ BASE @ -> 10 }T
T{ HEX BASE @ DECIMAL -> 16 }T
T{ OCTAL BASE @ DECIMAL -> 8 }T
T{ 36 BASE ! BASE @ DECIMAL BASE @ -> 36 10 }T
O{ 7 -8 8 OCTAL . . . DECIMAL }O" 10 -10 7 "
O{ -1 OCTAL U. DECIMAL }O" 1777777777777777777777 "
T{ OCTAL 777 DECIMAL -> 511 }T
T{ HEX 7fffffffffffffff DECIMAL -> 9223372036854775807 }T
O{ 35 36 BASE ! . DECIMAL }O" Z "
O{ 5 2 BASE ! . DECIMAL }O" 101 "
O{ 16 HEX DECIMAL . }O" 16 "
T{ BASE 16 = -> TRUE }T
E{ 5 3 1 BASE ! U.R }E -24
DECIMAL
E{ 5 3 37 BASE ! .R }E -24
DECIMAL
\ pictured numeric output at the limits
T{ -1 -1 <# #S #> S" 340282366920938463463374607431768211455" COMPARE -> 0 }T
T{ 7 0 <# #S #S #> S" 07" COMPARE -> 0 }T
T{ 0 0 <# # # #> S" 00" COMPARE -> 0 }T
T{ 9 0 <# # #> DROP C@ -> 57 }T
T{ 35 0 36 BASE ! <# #S #> DECIMAL S" Z" COMPARE -> 0 }T
E{ 1 <# # }E -4
E{ 1 <# #S }E -4
E{ 1 #> }E -4
T{ 5 0 <# 45 HOLD 45 HOLD #S #> S" 5--" COMPARE -> 0 }T
T{ 0 0 <# 0 HOLD #> NIP -> 1 }T
T{ 0 0 <# S" abc" HOLDS S" de" HOLDS #> S" deabc" COMPARE -> 0 }T
E{ 1 HOLDS }E -4
: FHOLDS2 0 0 <# 300 0 DO S" x" HOLDS LOOP ;
E{ FHOLDS2 }E -17
T{ 0 0 <# 0 SIGN #> NIP -> 0 }T
T{ 0 0 <# -9223372036854775808 SIGN 1 SIGN #> S" -" COMPARE -> 0 }T
T{ 0 0 <# -1 SIGN -1 SIGN #> S" --" COMPARE -> 0 }T
O{ 8 9 DUMP }O" 00000008: 00 00 00 00 00 00 00 00 0A                       .........\n"
O{ HEX 8 9 DUMP DECIMAL }O" 00000008: 00 00 00 00 00 00 00 00 10 ..."
O{ FDUMP -1 DUMP FDUMP 0 DUMP }O" "
E{ 1 DUMP }E -4
\ A number that cannot be printed in BASE prints nothing at all, not even the space.
O{ 5 1 BASE ! ' . CATCH DECIMAL . DROP }O" -24 "
O{ 5 37 BASE ! ' U. CATCH DECIMAL . DROP }O" -24 "
O{ 5 0 37 BASE ! ' D. CATCH DECIMAL . 2DROP }O" -24 "
