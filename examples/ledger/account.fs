\ Accounts: a structure in ALLOCATEd memory, with a helper kept in a private word list.
INCLUDE money.fs
BEGIN-STRUCTURE /ACCOUNT
  FIELD: ACCOUNT-BALANCE
  FIELD: ACCOUNT-NAME        \ the address of an ALLOCATEd copy of the name
  FIELD: ACCOUNT-NAME-LENGTH
END-STRUCTURE
WORDLIST CONSTANT LEDGER-PRIVATE
GET-CURRENT  LEDGER-PRIVATE SET-CURRENT
: CHECK-AMOUNT ( n -- n ) DUP 0< ABORT" negative amount" ;
SET-CURRENT
GET-ORDER LEDGER-PRIVATE SWAP 1+ SET-ORDER      \ the public words below see the private ones
: NEW-ACCOUNT ( c-addr u -- account ) {: name length | account copy :}
  /ACCOUNT ALLOCATE THROW TO account
  length ALLOCATE THROW TO copy
  name copy length CMOVE
  0 account ACCOUNT-BALANCE !
  copy account ACCOUNT-NAME !
  length account ACCOUNT-NAME-LENGTH !
  account ;
: BALANCE ( account -- cents ) ACCOUNT-BALANCE @ ;
: DEPOSIT ( cents account -- ) SWAP CHECK-AMOUNT SWAP ACCOUNT-BALANCE +! ;
: WITHDRAW ( cents account -- ) SWAP CHECK-AMOUNT NEGATE SWAP ACCOUNT-BALANCE +! ;
: .ACCOUNT ( account -- )
  DUP ACCOUNT-NAME @ OVER ACCOUNT-NAME-LENGTH @ TYPE .SEPARATOR BALANCE .MONEY CR ;
: CLOSE-ACCOUNT ( account -- )
  DUP ACCOUNT-NAME @ FREE THROW  FREE THROW ." closed" CR ;
PREVIOUS
