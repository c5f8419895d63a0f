from training.pretrain import main

main()
