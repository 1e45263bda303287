print("frontier")
