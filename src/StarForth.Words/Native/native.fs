\ POST: native code (NATIVE -NATIVE NATIVE? SEE-CODE); every line holds whether the host runs native code or not
T{ : NSUM 0 10 0 DO I + LOOP ; NSUM -> 45 }T
T{ -NATIVE NATIVE? -> 0 }T
T{ -NATIVE NSUM -> 45 }T
E{ SEE-CODE NSUM }E -21
E{ SEE-CODE DUP }E -9
\ NATIVE turns it back on where the host maps executable memory, and is -21 where it does not
T{ ' NATIVE CATCH DUP 0= SWAP -21 = OR -> -1 }T
T{ ' NATIVE CATCH 0= NATIVE? = -> -1 }T
T{ NATIVE? DUP 0= OR NSUM -> -1 45 }T
