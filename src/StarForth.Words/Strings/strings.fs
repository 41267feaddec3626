\ POST: strings and characters
T{ S" abc" SWAP DROP -> 3 }T
T{ S" abc" DROP C@ -> 97 }T
: ST1 S" hello" ;
T{ ST1 NIP -> 5 }T
T{ CHAR A -> 65 }T
: ST2 [CHAR] z ;
T{ ST2 -> 122 }T
T{ S" 1 2 +" EVALUATE -> 3 }T
T{ S" : ST3 9 ; ST3" EVALUATE -> 9 }T
T{ S" 1 ( a comment in an EVALUATE string ends with it 2" EVALUATE -> 1 }T
\ counted strings, copying, comparing, scanning
CREATE SC1 3 C, CHAR a C, CHAR b C, CHAR c C,
T{ SC1 COUNT -> SC1 1+ 3 }T
T{ SC1 1+ COUNT -> SC1 2 + 97 }T
E{ -1 COUNT }E -9
T{ S" ab  " -TRAILING NIP -> 2 }T
T{ S"    " -TRAILING NIP -> 0 }T
T{ SC1 0 -TRAILING -> SC1 0 }T
CREATE SBUF 16 ALLOT
T{ S" hello" SBUF SWAP CMOVE SBUF 5 S" hello" COMPARE -> 0 }T
T{ SBUF SBUF 1+ 4 CMOVE SBUF 5 S" hhhhh" COMPARE -> 0 }T
T{ S" abcde" SBUF SWAP CMOVE SBUF SBUF 1+ 4 CMOVE> SBUF 5 S" aabcd" COMPARE -> 0 }T
T{ S" xyz" SBUF SWAP CMOVE> SBUF 3 S" xyz" COMPARE -> 0 }T
E{ 0 -1 5 CMOVE }E -9
E{ -1 0 5 CMOVE> }E -9
T{ S" abc" S" abc" COMPARE -> 0 }T
T{ S" abc" S" abd" COMPARE -> -1 }T
T{ S" abd" S" abc" COMPARE -> 1 }T
T{ S" ab" S" abc" COMPARE -> -1 }T
T{ S" abc" S" ab" COMPARE -> 1 }T
T{ S" " S" " COMPARE -> 0 }T
T{ S" hello world" S" wor" SEARCH NIP NIP -> -1 }T
T{ S" hello world" S" wor" SEARCH DROP S" world" COMPARE -> 0 }T
T{ S" hello" S" xyz" SEARCH ROT DROP -> 5 0 }T
T{ S" hello" S" " SEARCH ROT DROP -> 5 -1 }T
T{ S" abc,def" CHAR , SCAN S" ,def" COMPARE -> 0 }T
T{ S" abc" CHAR , SCAN NIP -> 0 }T
T{ S"    xy" BL SKIP S" xy" COMPARE -> 0 }T
T{ S" aaa" CHAR a SKIP NIP -> 0 }T
T{ SBUF 4 BLANK SBUF 4 S"     " COMPARE -> 0 }T
T{ SBUF 0 BLANK -> }T
E{ -1 3 BLANK }E -9
CREATE SENC 32 C, 32 C, CHAR a C, CHAR b C, 32 C, CHAR c C, 0 C,
T{ SENC BL ENCLOSE -> SENC 2 4 5 }T
T{ SENC 5 + BL ENCLOSE -> SENC 5 + 0 1 1 }T
T{ SENC 6 + BL ENCLOSE -> SENC 6 + 0 1 0 }T
E{ -1 BL ENCLOSE }E -9
\ parsing the input source
T{ BL WORD abc COUNT S" abc" COMPARE -> 0 }T
T{ CHAR , WORD  x y, COUNT S"  x y" COMPARE -> 0 }T
T{ BL WORD    lead COUNT NIP -> 4 }T
T{ S" BL WORD" EVALUATE C@ -> 0 }T
T{ BL WORD ab COUNT + C@ -> 32 }T
T{ SOURCE NIP -> 22 }T
T{ SOURCE DROP C@ -> 84 }T
T{ >IN @ -> 9 }T
T{ S" 2 12 >IN ! 3 4" EVALUATE -> 2 4 }T
T{ BL -> 32 }T
T{ BL BL + -> 64 }T
T{ CHAR ) PARSE abc) S" abc" COMPARE -> 0 }T
T{ S" CHAR ! PARSE abcd" EVALUATE NIP -> 4 }T
T{ PARSE-NAME   word2 S" word2" COMPARE -> 0 }T
T{ S" PARSE-NAME" EVALUATE NIP -> 0 }T
T{ SOURCE-ID -> 0 }T
T{ S" SOURCE-ID" EVALUATE -> -1 }T
T{ SAVE-INPUT NIP NIP NIP -> SOURCE DROP 4 }T
VARIABLE SRI
CREATE SRB 5 CELLS ALLOT
: SR-SAVE SAVE-INPUT 5 0 DO SRB I CELLS + ! LOOP ;
: SR-AGAIN 1 SRI +! SRI @ 3 < IF 0 4 DO SRB I CELLS + @ -1 +LOOP RESTORE-INPUT DROP THEN ;
T{ 0 SRI ! SR-SAVE SR-AGAIN SRI @ -> 3 }T
T{ 1 2 3 3 RESTORE-INPUT -> -1 }T
T{ 0 RESTORE-INPUT -> -1 }T
T{ S" SAVE-INPUT" EVALUATE RESTORE-INPUT -> -1 }T
CREATE SDIG CHAR 1 C, CHAR 2 C, CHAR 3 C,
T{ 0 0 SDIG 3 >NUMBER -> 123 0 SDIG 3 + 0 }T
T{ 0 0 S" 12x4" >NUMBER NIP -> 12 0 2 }T
T{ 0 0 S" FF" HEX >NUMBER DECIMAL NIP -> 255 0 0 }T
T{ 0 0 S" 18446744073709551616" >NUMBER NIP -> 0 1 0 }T
T{ 0 0 S" " >NUMBER NIP -> 0 0 0 }T
CREATE SNUM 5 C, CHAR 4 C, CHAR 2 C, CHAR x C,
T{ 0 0 SNUM CONVERT -> 42 0 SNUM 3 + }T
T{ 1 0 SNUM 1+ CONVERT -> 12 0 SNUM 3 + }T
T{ SNUM NUMBER -> 0 0 }T
CREATE SNUM2 3 C, CHAR - C, CHAR 1 C, CHAR 7 C,
T{ SNUM2 NUMBER -> -17 -1 }T
T{ SC1 NUMBER -> 0 0 }T
E{ -1 NUMBER }E -9
T{ TIB SOURCE DROP = -> -1 }T
T{ S" TIB" EVALUATE SOURCE DROP = -> -1 }T
T{ SPAN -> 32 }T
T{ BLK @ -> 0 }T
T{ BLK SPAN <> -> -1 }T
\ C" S\" ['] (C id 119) [LITERAL]
: SCQ C" hey" ;
T{ SCQ COUNT S" hey" COMPARE -> 0 }T
: SCQ2 C" " ;
T{ SCQ2 C@ -> 0 }T
E{ C" x" }E -14
T{ S\" a\tb" DROP 1+ C@ -> 9 }T
T{ S\" q\"q" NIP -> 3 }T
T{ S\" \x41\z\\" DUP >R DROP DUP C@ SWAP 1+ C@ R> -> 65 0 3 }T
: SBQ S\" line\n\m" ;
T{ SBQ NIP -> 7 }T
T{ SBQ + 1- C@ -> 10 }T
E{ S\" \xZZ" }E -24
T{ 119 EXECUTE DUP -> ' DUP }T
E{ 119 EXECUTE NOSUCHWORD }E -13
: SBL [ 21 2 * [LITERAL] ] ;
T{ SBL -> 42 }T
E{ [LITERAL] }E -4
\ scripted host input: ACCEPT EXPECT QUERY REFILL
CREATE SIN 64 ALLOT
T{ INPUT" typed line" SIN 64 ACCEPT -> 10 }T
T{ SIN 5 S" typed" COMPARE -> 0 }T
T{ INPUT" toolongline" SIN 4 ACCEPT SIN 4 S" tool" COMPARE -> 4 0 }T
T{ INPUT" abc\ndef" SIN 64 ACCEPT SIN 64 ACCEPT -> 3 3 }T
T{ SIN 0 ACCEPT -> 0 }T
E{ -1 10 ACCEPT }E -9
T{ INPUT" hello" SIN 64 EXPECT SPAN @ -> 5 }T
T{ INPUT" x" SIN 0 EXPECT SPAN @ -> 0 }T
T{ INPUT" 40 2 + -> 42 }T" QUERY the rest of this line is never interpreted
T{ 1 INPUT" 2 -> 1 2 }T" QUERY
T{ INPUT" 7 8 * -> -1 56 }T" REFILL
T{ S" REFILL" EVALUATE -> 0 }T
\ edges for the thin parsing and compiling words
: SCQ3 C" a b  c" ;
T{ SCQ3 C@ SCQ3 COUNT + 1- C@ -> 6 99 }T
T{ SCQ SCQ = -> -1 }T
T{ S\" : SCQ4 C\" zz\" ; SCQ4 COUNT NIP" EVALUATE -> 2 }T
: SCH1 [CHAR] ) [CHAR] A ;
T{ SCH1 -> 41 65 }T
: SCH2 [CHAR] xyz ;
T{ SCH2 -> 120 }T
E{ [CHAR] a }E -14
T{ CHAR xyz CHAR ) -> 120 41 }T
: STK1 ['] DUP ;
T{ STK1 -> ' DUP }T
T{ 5 STK1 EXECUTE -> 5 5 }T
E{ : STK2 ['] NOSUCHWORD ; }E -13
: SLIT1 [ -9223372036854775808 ] LITERAL ;
T{ SLIT1 -> -9223372036854775808 }T
: SLIT2 [ 0 ] LITERAL [ -1 ] LITERAL ;
T{ SLIT2 -> 0 -1 }T
E{ 5 LITERAL }E -14
E{ : SLIT3 LITERAL ; }E -4
: SBL2 [ -1 [LITERAL] 0 [LITERAL] ] ;
T{ SBL2 -> -1 0 }T
: SSQ1 S" " ;
T{ SSQ1 NIP -> 0 }T
: SSQ2 S" ab" S" cd" ;
T{ SSQ2 DROP C@ ROT C@ ROT -> 99 97 2 }T
T{ PARSE-NAME a PARSE-NAME bc NIP ROT DROP -> 1 2 }T
T{ S" PARSE-NAME    " EVALUATE NIP -> 0 }T
: SSID SOURCE-ID ;
T{ SSID -> 0 }T
: SSID2 S" SOURCE-ID" EVALUATE ;
T{ SSID2 -> -1 }T
T{ TIB C@ -> 84 }T
T{ TIB TIB = S" TIB" EVALUATE TIB <> -> -1 0 }T
: SNIPS ( x*n n -- ) 0 ?DO NIP LOOP ;
T{ SAVE-INPUT DUP SNIPS -> 4 }T
T{ S" SAVE-INPUT" EVALUATE DUP SNIPS -> 4 }T
T{ INPUT" 3 4 + -> -1 7 }T" REFILL
T{ INPUT" \n" REFILL
-> -1 }T
\ /STRING SLITERAL REPLACES SUBSTITUTE UNESCAPE
T{ S" hello" 2 /STRING NIP -> 3 }T
T{ 100 10 3 /STRING -> 103 7 }T
E{ 1 2 /STRING }E -4
: SS-LIT [ S" lit" ] SLITERAL ;
T{ SS-LIT S" lit" COMPARE -> 0 }T
T{ SS-LIT NIP -> 3 }T
E{ S" x" SLITERAL }E -14
CREATE SS-BUF 64 ALLOT
S" Bob" S" ss-name" REPLACES
T{ S" Hi %ss-name%!" SS-BUF 64 SUBSTITUTE >R S" Hi Bob!" COMPARE R> -> 0 1 }T
T{ S" 100%% %nope%" SS-BUF 64 SUBSTITUTE >R S" 100% %nope%" COMPARE R> -> 0 0 }T
T{ S" %ss-name%" SS-BUF 2 SUBSTITUTE NIP NIP -> -78 }T
E{ 1 2 3 SUBSTITUTE }E -4
T{ S" Ann" S" ss-name" REPLACES S" %ss-name%" SS-BUF 64 SUBSTITUTE >R S" Ann" COMPARE R> -> 0 1 }T
E{ 1 2 3 REPLACES }E -4
T{ S" a%b" SS-BUF UNESCAPE S" a%%b" COMPARE -> 0 }T
T{ S" plain" SS-BUF UNESCAPE NIP -> 5 }T
E{ 1 2 UNESCAPE }E -4
