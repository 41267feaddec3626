\ Recursive Fibonacci: calls and returns.
: FIB ( n -- fib )  DUP 2 < IF EXIT THEN  DUP 1- RECURSE  SWAP 2 - RECURSE + ;
32 FIB . CR
BYE
