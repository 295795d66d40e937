print("kachestvo")
