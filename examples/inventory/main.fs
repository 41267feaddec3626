\ A program over several files: main.fs includes lib/stock.fs, which includes report.fs beside it.
\ Run: starforth examples/inventory/main.fs
REQUIRE lib/stock.fs
REQUIRE lib/stock.fs      \ REQUIRE includes a file once
12 APPLES ADD   30 PEARS ADD   5 APPLES REMOVE
REPORT
\ Keep the report in a file and read it back line by line.
S" inventory.txt" W/O CREATE-FILE THROW VALUE OUT
: LINE ( c-addr u -- ) OUT WRITE-LINE THROW ;
S" apples 7" LINE   S" pears 30" LINE
OUT CLOSE-FILE THROW
CREATE BUF 80 ALLOT
S" inventory.txt" R/O OPEN-FILE THROW VALUE IN
: SHOW ( -- ) BEGIN BUF 80 IN READ-LINE THROW WHILE ." read: " BUF SWAP TYPE CR REPEAT DROP ;
SHOW
IN CLOSE-FILE THROW
S" inventory.txt" DELETE-FILE THROW
