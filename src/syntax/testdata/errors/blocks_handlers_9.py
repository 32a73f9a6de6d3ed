for a in b:
    try:
        pass
    except E:
            try:
                pass
            except E:
                    try:
                        pass
                    except E:
                            try:
                                pass
                            except E:
                                    try:
                                        pass
                                    except E:
                                            try:
                                                pass
                                            except E:
                                                    try:
                                                        pass
                                                    except E:
                                                            try:
                                                                pass
                                                            except E:
                                                                    try:
                                                                        pass
                                                                    except E:
                                                                        pass
