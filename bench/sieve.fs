\ Byte-flag sieve of Eratosthenes over 8190 flags, 1000 times; prints the number of primes found.
8190 CONSTANT SIEVE-SIZE
CREATE SIEVE-FLAGS SIEVE-SIZE ALLOT
: PRIMES ( -- count )
    SIEVE-FLAGS SIEVE-SIZE 1 FILL  0
    SIEVE-SIZE 0 DO
        SIEVE-FLAGS I + C@ IF
            I 2* 3 + DUP I +
            BEGIN DUP SIEVE-SIZE < WHILE  0 OVER SIEVE-FLAGS + C!  OVER +  REPEAT
            2DROP 1+
        THEN
    LOOP ;
: SIEVE ( -- count )  0  1000 0 DO DROP PRIMES LOOP ;
SIEVE . CR
BYE
