\ POST: mixed single/double arithmetic (M+ M- M* M/MOD UM* U* UM/MOD U/MOD SM/REM FM/MOD, and the second MOD /MOD */ */MOD)
T{ 5 0 3 M+ -> 8 0 }T
T{ -1 0 1 M+ -> 0 1 }T
T{ 0 1 -1 M+ -> -1 0 }T
T{ 5 0 7 M- -> -2 -1 }T
T{ 0 1 1 M- -> -1 0 }T
E{ 1 M+ }E -4
T{ 6 7 M* -> 42 0 }T
T{ -6 7 M* -> -42 -1 }T
T{ -6 -7 M* -> 42 0 }T
T{ 9223372036854775807 2 M* -> -2 0 }T
T{ -9223372036854775808 -1 M* -> -9223372036854775808 0 }T
E{ 1 M* }E -4
T{ 7 0 2 M/MOD -> 1 3 0 }T
T{ 0 1 2 M/MOD -> 0 -9223372036854775808 0 }T
T{ 5 7 1 M/MOD -> 0 5 7 }T
E{ 1 0 0 M/MOD }E -10
T{ 3 4 UM* -> 12 0 }T
T{ -1 2 UM* -> -2 1 }T
T{ -1 -1 UM* -> 1 -2 }T
E{ 1 UM* }E -4
T{ 3 4 U* -> 12 0 }T
T{ -1 -1 U* -> 1 -2 }T
T{ 7 0 2 UM/MOD -> 1 3 }T
T{ 0 1 2 UM/MOD -> 0 -9223372036854775808 }T
T{ -1 0 -1 UM/MOD -> 0 1 }T
E{ 1 0 0 UM/MOD }E -10
E{ 0 1 1 UM/MOD }E -11
T{ 10 0 3 U/MOD -> 1 3 }T
E{ 5 0 0 U/MOD }E -10
T{ 7 S>D 2 SM/REM -> 1 3 }T
T{ -7 S>D 2 SM/REM -> -1 -3 }T
T{ 7 S>D -2 SM/REM -> 1 -3 }T
T{ -7 S>D -2 SM/REM -> -1 3 }T
T{ 0 1 4 SM/REM -> 0 4611686018427387904 }T
E{ 7 S>D 0 SM/REM }E -10
E{ 0 1 1 SM/REM }E -11
T{ 7 S>D 2 FM/MOD -> 1 3 }T
T{ -7 S>D 2 FM/MOD -> 1 -4 }T
T{ 7 S>D -2 FM/MOD -> -1 -4 }T
T{ -7 S>D -2 FM/MOD -> -1 3 }T
T{ -6 S>D 3 FM/MOD -> 0 -2 }T
E{ 7 S>D 0 FM/MOD }E -10
E{ 0 1 1 FM/MOD }E -11
T{ -7 2 MOD -> -1 }T
T{ -7 2 /MOD -> -1 -3 }T
T{ 3000000000 3000000000 1000000000 */ -> 9000000000 }T
T{ -7 3 2 */MOD -> -1 -10 }T
